package uk.lantern.directory.model;

import java.math.BigDecimal;

/** One price of a service; an amount of zero means free. */
public record CostOption(String id, String option, BigDecimal amount, String currency, String amountDescription) {
    public boolean isFree() {
        return amount != null && amount.signum() == 0;
    }
}
