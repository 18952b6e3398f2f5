package io.storyline.cli;

public final class Storyline {
    public static void main(String[] args) {
        System.out.println("storyline");
    }
}
