/**
 * Signposting: the one place that decides which services to suggest to a person, for the chat's
 * closing message, the doorstep result, the leaflet and {@code POST /api/signposts}.
 *
 * <p>{@link uk.lantern.directory.signpost.Signposting} applies, in order: eligibility (age, men or
 * women only, carers, bereaved people, sight or hearing loss), where the service works (its areas
 * cover the person's place, or it works remotely across the nation; venues within a setting, 10
 * miles by default), how the person can take part (services that come to them first when they
 * cannot get out), cost (free first when money keeps them in, never only paid ones) and needs
 * following causes; then it ranks by how many of the person's needs a service meets, then distance.
 * Every suggestion carries a plain-words reason.
 */
package uk.lantern.directory.signpost;
