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
        assertThat(scope.first()).isEqualTo("2026-02-27");
        assertThat(scope.last()).isEqualTo("2026-03-03");
    }

    @Test
    void zeroDaysIsTheDayAlone() {
        assertThat(new DailyScope(DAY, 0).first()).isEqualTo(DAY);
        assertThat(new DailyScope(DAY, 0).last()).isEqualTo(DAY);
    }

    @Test
    void negativeSpanIsRefused() {
        assertThatThrownBy(() -> new DailyScope(DAY, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
