package uk.lantern.engine.safeguarding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.AtomicExprDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ConstraintConnectiveDescr;
import org.drools.drl.ast.descr.ExistsDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.OrDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RelationalExprDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlExprParser;
import org.drools.drl.parser.DrlExprParserFactory;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import uk.lantern.engine.RuleBaseException;

/**
 * The safeguarding rules read with Drools' own DRL parser and written as plain boolean
 * conditions over one {@link ScreenedMessage}, so a device with no signal can weigh them exactly
 * as the rule engine does ({@link PortableCheck}).
 *
 * <p>A condition is a JSON-ready list whose first item names its form:
 * <ul>
 *   <li>{@code ["all", c...]} and {@code ["any", c...]}: and, or (commas, {@code &&}, {@code ||},
 *       {@code and}, {@code or}, nested to any depth);</li>
 *   <li>{@code ["not", c]}: {@code not}, {@code not contains}, {@code not matches}, {@code !=};
 *       a {@code not}/{@code exists} over the one message is its condition negated/as is;</li>
 *   <li>{@code ["concept", name]}: {@code concepts contains "name"};</li>
 *   <li>{@code ["matches", field, regex]}: {@code text matches} or {@code words matches}, the whole
 *       field matching;</li>
 *   <li>{@code ["equals", field, literal]}: {@code text == "..."};</li>
 *   <li>{@code ["true"]}: a pattern with no constraint.</li>
 * </ul>
 * A consequence is empty (a concern rule) or {@code modify($m) { setAside("regex"), ... }} /
 * {@code modify($m) { setAllAside() }} (a look-alike), written as {@code [["setAside", regex],
 * ["setAllAside"]]}. The only rule attribute allowed is {@code salience}.
 *
 * <p>Anything else (another fact type, {@code from}, {@code eval}, {@code accumulate}, another
 * operator or field, other code in a consequence) throws a {@link RuleBaseException} naming the
 * rule, so a rule the tablet cannot weigh stops start-up rather than being silently left off it.
 */
final class RuleConditions {

    /** One rule as data: its name, salience, condition and what it does to the message. */
    record PortableRule(String name, int salience, List<Object> when, List<List<String>> then) {
    }

    private static final Pattern MODIFY = Pattern.compile("(?s)modify\\s*\\(\\s*(\\$?\\w+)\\s*\\)\\s*\\{(.*)}");
    private static final Pattern SET_ALL_ASIDE = Pattern.compile("(?s)\\s*setAllAside\\s*\\(\\s*\\)\\s*");
    private static final Pattern SET_ASIDE = Pattern.compile("(?s)\\s*setAside\\s*\\(\\s*(\"(?:[^\"\\\\]|\\\\.)*\")\\s*\\)\\s*");
    private static final List<String> FIELDS = List.of("text", "words");

    private RuleConditions() {
    }

    /**
     * Reads every rule of one DRL file.
     *
     * @throws RuleBaseException when the file does not parse or a rule uses a form listed above as unsupported
     */
    static List<PortableRule> read(String file, String drl) {
        DrlParser parser = new DrlParser(DrlParser.DEFAULT_LANGUAGE_LEVEL);
        PackageDescr pkg;
        try {
            pkg = parser.parse(false, drl);
        } catch (DroolsParserException e) {
            throw new RuleBaseException(file + " does not parse: " + e.getMessage());
        }
        if (parser.hasErrors()) {
            throw new RuleBaseException(file + " does not parse: " + parser.getErrors());
        }
        if (!pkg.getFunctions().isEmpty() || !pkg.getGlobals().isEmpty() || !pkg.getTypeDeclarations().isEmpty()
) {
            throw new RuleBaseException(file + " declares functions, globals, types or queries, which the tablet's "
                    + "copy of the safeguarding check cannot carry");
        }
        List<PortableRule> rules = new ArrayList<>();
        for (RuleDescr rule : pkg.getRules()) {
            if (rule.isQuery()) {
                throw new Where(file, rule.getName()).unsupported("a query");
            }
            rules.add(read(file, rule));
        }
        return rules;
    }

    private static PortableRule read(String file, RuleDescr rule) {
        Where where = new Where(file, rule.getName());
        int salience = 0;
        for (Map.Entry<String, AttributeDescr> attribute : rule.getAttributes().entrySet()) {
            if (!attribute.getKey().equals("salience")) {
                throw where.unsupported("the attribute " + attribute.getKey());
            }
            try {
                salience = Integer.parseInt(attribute.getValue().getValue().strip());
            } catch (NumberFormatException e) {
                throw where.unsupported("a salience that is not a whole number");
            }
        }
        if (!rule.getNamedConsequences().isEmpty()) {
            throw where.unsupported("named consequences");
        }
        List<String> bound = new ArrayList<>();
        List<Object> when = element(where, rule.getLhs(), bound);
        return new PortableRule(rule.getName(), salience, when, consequence(where, String.valueOf(rule.getConsequence()),
                bound));
    }

    private static List<Object> element(Where where, BaseDescr descr, List<String> bound) {
        if (descr instanceof AndDescr and) {
            return connect("all", and.getDescrs().stream().map(d -> element(where, d, bound)).toList());
        }
        if (descr instanceof OrDescr or) {
            return connect("any", or.getDescrs().stream().map(d -> element(where, d, bound)).toList());
        }
        if (descr instanceof NotDescr not) {
            // Over the one message a check inserts, "no message such that c" is "not c".
            return List.of("not", connect("all", not.getDescrs().stream().map(d -> element(where, d, bound)).toList()));
        }
        if (descr instanceof ExistsDescr exists) {
            return connect("all", exists.getDescrs().stream().map(d -> element(where, (BaseDescr) d, bound)).toList());
        }
        if (descr instanceof PatternDescr pattern) {
            return pattern(where, pattern, bound);
        }
        throw where.unsupported("the conditional element " + descr.getClass().getSimpleName());
    }

    private static List<Object> pattern(Where where, PatternDescr pattern, List<String> bound) {
        String type = pattern.getObjectType();
        if (!type.equals(ScreenedMessage.class.getSimpleName()) && !type.equals(ScreenedMessage.class.getName())) {
            throw where.unsupported("a pattern over " + type + " (only " + ScreenedMessage.class.getSimpleName() + ")");
        }
        if (pattern.getSource() != null || !pattern.getBehaviors().isEmpty()) {
            throw where.unsupported("a pattern with from, accumulate, collect or a window");
        }
        if (pattern.getIdentifier() != null) {
            bound.add(pattern.getIdentifier());
        }
        List<Object> constraints = new ArrayList<>();
        for (Object constraint : pattern.getDescrs()) {
            if (!(constraint instanceof ExprConstraintDescr expr)) {
                throw where.unsupported("the constraint " + constraint);
            }
            DrlExprParser parser = DrlExprParserFactory.getDrlExprParser(DrlParser.DEFAULT_LANGUAGE_LEVEL);
            ConstraintConnectiveDescr parsed = parser.parse(expr.getExpression());
            if (parser.hasErrors() || parsed == null) {
                throw where.unsupported("the constraint \"" + expr.getExpression() + "\", which does not parse");
            }
            constraints.add(constraint(where, parsed));
        }
        return constraints.isEmpty() ? List.of("true") : connect("all", constraints);
    }

    private static List<Object> constraint(Where where, BaseDescr descr) {
        if (descr instanceof ConstraintConnectiveDescr connective) {
            List<List<Object>> parts = connective.getDescrs().stream().map(d -> constraint(where, d)).toList();
            List<Object> joined = switch (connective.getConnective()) {
                case AND, INC_AND -> connect("all", parts);
                case OR, INC_OR -> connect("any", parts);
                default -> throw where.unsupported("the connective " + connective.getConnective());
            };
            return connective.isNegated() ? List.of("not", joined) : joined;
        }
        if (descr instanceof RelationalExprDescr relation) {
            List<Object> test = relation(where, relation);
            return relation.isNegated() ? List.of("not", test) : test;
        }
        throw where.unsupported("the constraint " + descr);
    }

    private static List<Object> relation(Where where, RelationalExprDescr relation) {
        if (!(relation.getLeft() instanceof AtomicExprDescr left) || left.isLiteral()
                || !(relation.getRight() instanceof AtomicExprDescr right) || !right.isLiteral()
                || relation.getParameters() != null && !relation.getParameters().isEmpty()) {
            throw where.unsupported("\"" + relation + "\" (a field on the left, a string on the right)");
        }
        String field = left.getExpression().strip();
        String literal = stringLiteral(where, right.getExpression().strip());
        String operator = relation.getOperator();
        if (field.equals("concepts") && operator.equals("contains")) {
            return List.of("concept", literal);
        }
        if (FIELDS.contains(field) && operator.equals("matches")) {
            return List.of("matches", field, PortablePattern.checked(where.toString(), literal));
        }
        if (FIELDS.contains(field) && (operator.equals("==") || operator.equals("!="))) {
            List<Object> equals = List.of("equals", field, literal);
            return operator.equals("==") ? equals : List.of("not", equals);
        }
        throw where.unsupported("\"" + field + " " + operator + "\" (only concepts contains, text or words "
                + "matches, == and !=)");
    }

    private static List<List<String>> consequence(Where where, String code, List<String> bound) {
        String body = code.strip();
        if (body.isEmpty()) {
            return List.of();
        }
        Matcher modify = MODIFY.matcher(body);
        if (!modify.matches() || !bound.contains(modify.group(1))) {
            throw where.unsupported("the consequence \"" + body + "\" (only nothing, or modify($m) { setAside(\"...\") } "
                    + "or modify($m) { setAllAside() })");
        }
        List<List<String>> actions = new ArrayList<>();
        String calls = modify.group(2);
        int at = 0;
        while (at < calls.length()) {
            int end = nextCall(calls, at);
            String call = calls.substring(at, end);
            Matcher aside = SET_ASIDE.matcher(call);
            if (aside.matches()) {
                actions.add(List.of("setAside", PortablePattern.checked(where.toString(),
                        stringLiteral(where, aside.group(1)))));
            } else if (SET_ALL_ASIDE.matcher(call).matches()) {
                actions.add(List.of("setAllAside"));
            } else if (!call.isBlank()) {
                throw where.unsupported("the call \"" + call.strip() + "\" in a consequence");
            }
            at = end + 1;
        }
        return actions;
    }

    /** Where the next call ends: the next comma outside a string literal, or the end. */
    private static int nextCall(String calls, int from) {
        boolean quoted = false;
        for (int i = from; i < calls.length(); i++) {
            char c = calls.charAt(i);
            if (quoted && c == '\\') {
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == ',') {
                return i;
            }
        }
        return calls.length();
    }

    /** A Java string literal's value, as the executable model compiles it. */
    static String stringLiteral(Where where, String literal) {
        if (literal.length() < 2 || literal.charAt(0) != '"' || literal.charAt(literal.length() - 1) != '"') {
            throw where.unsupported("the value " + literal + " (only a string in double quotes)");
        }
        StringBuilder out = new StringBuilder();
        for (int i = 1; i < literal.length() - 1; i++) {
            char c = literal.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char next = literal.charAt(++i);
            switch (next) {
                case '\\', '"', '\'' -> out.append(next);
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'u' -> {
                    out.append((char) Integer.parseInt(literal.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> throw where.unsupported("the escape \\" + next + " in " + literal);
            }
        }
        return out.toString();
    }

    @SuppressWarnings("unchecked")
    private static List<Object> connect(String form, List<?> parts) {
        if (parts.size() == 1) {
            return (List<Object>) parts.getFirst();
        }
        List<Object> out = new ArrayList<>();
        out.add(form);
        out.addAll(parts);
        return List.copyOf(out);
    }

    /** Names a rule in an error. */
    record Where(String file, String rule) {

        RuleBaseException unsupported(String what) {
            return new RuleBaseException("Safeguarding rule \"" + rule + "\" in " + file + " uses " + what
                    + ", which the tablet's copy of the check cannot weigh: express it with the forms "
                    + "RuleConditions lists, or teach RuleConditions and lantern-safeguarding-check.js the new form");
        }

        @Override
        public String toString() {
            return "Safeguarding rule \"" + rule + "\" in " + file;
        }
    }
}
