package uk.lantern.engine.catalogue;

/**
 * A kind of help the rules can point to; the ids are shared with the services directory taxonomy.
 * Trainers see why the need rules link factors to this help and on what evidence.
 *
 * @param id          shared id (for example {@code bereavement_support})
 * @param label       short name
 * @param description what this kind of help is, in plain English
 * @param reason      why the factors that raise it call for this help, in plain English
 * @param evidence    what the cited publications say about this help, and which part of the link is
 *                    the rule authors' judgement
 * @param source      the publications, as "publisher or authors (year), title, section" parts joined
 *                    by "; "; null when no cited publication supports the link
 * @param linkSource  {@link WeightSource#PUBLISHED} when {@code source} supports the help for the
 *                    factors that raise it, {@link WeightSource#EXPERT_SET} when it is the authors' judgement
 */
public record NeedEntry(String id, String label, String description, String reason, String evidence, String source,
        WeightSource linkSource) {
}
