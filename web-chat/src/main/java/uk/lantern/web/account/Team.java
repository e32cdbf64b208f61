package uk.lantern.web.account;

/** One entry of the managed team list: the unit in which workers share screening records. */
public record Team(long id, String name) {
}
