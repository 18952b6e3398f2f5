package io.storyline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DailyScopeTest {
    private static final LocalDate DAY = LocalDate.parse("2026-03-01");

    @Test
    void spansTheDaysOnBothSidesAcrossAMonthEnd() {
        DailyScope scope = new DailyScope(DAY, 2);
        assertThat(scope.days()).containsExactly("2026-02-27", "2026-02-28", "2026-03-01", "2026-03-02", "2026-03-03");
        assertThat(scope.contains(LocalDate.parse("2026-02-27"))).isTrue();
        assertThat(scope.contains(LocalDate.parse("2026-02-26"))).isFalse();
        assertThat(scope.contains(LocalDate.parse("2026-03-04"))).isFalse();
    }

    @Test
    void zeroDaysIsTheDayAlone() {
        assertThat(new DailyScope(DAY, 0).days()).containsExactly("2026-03-01");
    }

    @Test
    void negativeSpanIsRefused() {
        assertThatThrownBy(() -> new DailyScope(DAY, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
