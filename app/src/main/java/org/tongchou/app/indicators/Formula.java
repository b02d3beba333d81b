package org.tongchou.app.indicators;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * A derived indicator's formula over other indicators, e.g. {@code park_enterprises / industrial_enterprises * 100}.
 *
 * <p>Syntax: numbers ({@code 12}, {@code 0.5}, {@code 1e3}), indicator codes, {@code + - * /} (also
 * {@code × ÷}), parentheses, unary minus, and the functions {@code min(a, b, ...)}, {@code max(a, b, ...)}
 * and {@code abs(a)}. Usual precedence: unary minus, then {@code * /}, then {@code + -}, left to right.
 *
 * <p>Missing values: a missing input (NaN) makes the result missing. Division by zero gives a missing
 * value (NaN), not an infinity: a ratio with an empty denominator (a town with no industrial enterprises)
 * is undefined, and an infinity would poison every later sum or score. {@code min} and {@code max} are
 * missing when any argument is missing.
 *
 * <p>Why a hand-written parser (a recursive descent over the small grammar above): the expression libraries
 * on Maven Central either treat division by zero as an error or an infinity rather than a missing value
 * (exp4j, EvalEx, SpEL), or evaluate a whole scripting language (JEXL, SpEL, MVEL) where a formula must stay
 * arithmetic over indicator codes that the catalog can check; the grammar is the whole language, and its
 * errors name the formula and the position.
 */
public final class Formula {
    private final String text;
    private final Node root;
    private final Set<String> references;

    private Formula(String text, Node root, Set<String> references) {
        this.text = text;
        this.root = root;
        this.references = Collections.unmodifiableSet(references);
    }

    /** Parses the formula text. @throws FormulaException naming the formula and the position of the problem */
    public static Formula parse(String text) {
        Parser p = new Parser(text);
        Node root = p.parse();
        return new Formula(text, root, p.references);
    }

    public String text() {
        return text;
    }

    /** Indicator codes the formula uses, in order of first appearance. */
    public Set<String> references() {
        return references;
    }

    /** Evaluates on one set of inputs; {@code values} gives NaN for a missing input. */
    public double evaluate(java.util.function.ToDoubleFunction<String> values) {
        return root.eval(values);
    }

    /**
     * Evaluates on {@code n} units at once: {@code columns} gives, for each referenced code, an array of
     * length {@code n} (NaN = missing). Returns a new array of length {@code n}.
     */
    public double[] evaluate(Function<String, double[]> columns, int n) {
        return root.evalColumns(columns, n);
    }

    @Override
    public String toString() {
        return text;
    }

    private interface Node {
        double eval(java.util.function.ToDoubleFunction<String> values);

        double[] evalColumns(Function<String, double[]> columns, int n);
    }

    private record Num(double v) implements Node {
        public double eval(java.util.function.ToDoubleFunction<String> values) {
            return v;
        }

        public double[] evalColumns(Function<String, double[]> columns, int n) {
            double[] out = new double[n];
            java.util.Arrays.fill(out, v);
            return out;
        }
    }

    private record Ref(String code) implements Node {
        public double eval(java.util.function.ToDoubleFunction<String> values) {
            return values.applyAsDouble(code);
        }

        public double[] evalColumns(Function<String, double[]> columns, int n) {
            double[] col = columns.apply(code);
            if (col == null) {
                double[] out = new double[n];
                java.util.Arrays.fill(out, Double.NaN);
                return out;
            }
            if (col.length != n) throw new IllegalArgumentException("column '" + code + "' has " + col.length + " values, expected " + n);
            return col.clone();
        }
    }

    private record Neg(Node a) implements Node {
        public double eval(java.util.function.ToDoubleFunction<String> values) {
            return -a.eval(values);
        }

        public double[] evalColumns(Function<String, double[]> columns, int n) {
            double[] x = a.evalColumns(columns, n);
            for (int i = 0; i < n; i++) x[i] = -x[i];
            return x;
        }
    }

    private record Bin(char op, Node a, Node b) implements Node {
        static double apply(char op, double x, double y) {
            return switch (op) {
                case '+' -> x + y;
                case '-' -> x - y;
                case '*' -> x * y;
                default -> y == 0 ? Double.NaN : x / y;
            };
        }

        public double eval(java.util.function.ToDoubleFunction<String> values) {
            return apply(op, a.eval(values), b.eval(values));
        }

        public double[] evalColumns(Function<String, double[]> columns, int n) {
            double[] x = a.evalColumns(columns, n);
            double[] y = b.evalColumns(columns, n);
            for (int i = 0; i < n; i++) x[i] = apply(op, x[i], y[i]);
            return x;
        }
    }

    private record Call(String fn, List<Node> args) implements Node {
        static double apply(String fn, double x, double y) {
            if (Double.isNaN(x) || Double.isNaN(y)) return Double.NaN;
            return fn.equals("min") ? Math.min(x, y) : Math.max(x, y);
        }

        public double eval(java.util.function.ToDoubleFunction<String> values) {
            double r = args.get(0).eval(values);
            if (fn.equals("abs")) return Math.abs(r);
            for (int k = 1; k < args.size(); k++) r = apply(fn, r, args.get(k).eval(values));
            return r;
        }

        public double[] evalColumns(Function<String, double[]> columns, int n) {
            double[] r = args.get(0).evalColumns(columns, n);
            if (fn.equals("abs")) {
                for (int i = 0; i < n; i++) r[i] = Math.abs(r[i]);
                return r;
            }
            for (int k = 1; k < args.size(); k++) {
                double[] y = args.get(k).evalColumns(columns, n);
                for (int i = 0; i < n; i++) r[i] = apply(fn, r[i], y[i]);
            }
            return r;
        }
    }

    /** Recursive-descent parser over the formula text. */
    private static final class Parser {
        private final String s;
        private int pos;
        final Set<String> references = new LinkedHashSet<>();

        Parser(String s) {
            this.s = s == null ? "" : s;
        }

        Node parse() {
            skip();
            if (pos >= s.length()) throw new FormulaException(s, 0, "is empty");
            Node n = expr();
            skip();
            if (pos < s.length()) throw new FormulaException(s, pos, "unexpected '" + s.charAt(pos) + "'");
            return n;
        }

        private Node expr() {
            Node left = term();
            while (true) {
                skip();
                if (pos < s.length() && (s.charAt(pos) == '+' || s.charAt(pos) == '-')) {
                    char op = s.charAt(pos++);
                    left = new Bin(op, left, term());
                } else {
                    return left;
                }
            }
        }

        private Node term() {
            Node left = unary();
            while (true) {
                skip();
                if (pos >= s.length()) return left;
                char c = s.charAt(pos);
                char op = c == '×' ? '*' : c == '÷' ? '/' : c;
                if (op == '*' || op == '/') {
                    pos++;
                    left = new Bin(op, left, unary());
                } else {
                    return left;
                }
            }
        }

        private Node unary() {
            skip();
            if (pos < s.length() && s.charAt(pos) == '-') {
                pos++;
                return new Neg(unary());
            }
            if (pos < s.length() && s.charAt(pos) == '+') {
                pos++;
                return unary();
            }
            return primary();
        }

        private Node primary() {
            skip();
            if (pos >= s.length()) throw new FormulaException(s, pos, "ends where a number, a name or '(' was expected");
            char c = s.charAt(pos);
            if (c == '(') {
                pos++;
                Node n = expr();
                expect(')');
                return n;
            }
            if (Character.isDigit(c) || c == '.') return number();
            if (Character.isLetter(c) || c == '_') {
                int start = pos;
                while (pos < s.length() && (Character.isLetterOrDigit(s.charAt(pos)) || s.charAt(pos) == '_')) pos++;
                String name = s.substring(start, pos);
                skip();
                if (pos < s.length() && s.charAt(pos) == '(') {
                    return call(name, start);
                }
                references.add(name);
                return new Ref(name);
            }
            throw new FormulaException(s, pos, "unexpected '" + c + "'");
        }

        private Node call(String name, int start) {
            String fn = name.toLowerCase(java.util.Locale.ROOT);
            if (!fn.equals("min") && !fn.equals("max") && !fn.equals("abs")) {
                throw new FormulaException(s, start, "unknown function '" + name + "' (known: min, max, abs)");
            }
            pos++; // '('
            List<Node> args = new ArrayList<>();
            args.add(expr());
            skip();
            while (pos < s.length() && s.charAt(pos) == ',') {
                pos++;
                args.add(expr());
                skip();
            }
            expect(')');
            if (fn.equals("abs") && args.size() != 1) throw new FormulaException(s, start, "abs takes one argument, got " + args.size());
            if (!fn.equals("abs") && args.size() < 2) throw new FormulaException(s, start, fn + " takes at least two arguments");
            return new Call(fn, List.copyOf(args));
        }

        private Node number() {
            int start = pos;
            while (pos < s.length() && (Character.isDigit(s.charAt(pos)) || s.charAt(pos) == '.')) pos++;
            if (pos < s.length() && (s.charAt(pos) == 'e' || s.charAt(pos) == 'E')) {
                int save = pos++;
                if (pos < s.length() && (s.charAt(pos) == '+' || s.charAt(pos) == '-')) pos++;
                if (pos < s.length() && Character.isDigit(s.charAt(pos))) {
                    while (pos < s.length() && Character.isDigit(s.charAt(pos))) pos++;
                } else {
                    pos = save;
                }
            }
            String t = s.substring(start, pos);
            try {
                return new Num(Double.parseDouble(t));
            } catch (NumberFormatException e) {
                throw new FormulaException(s, start, "'" + t + "' is not a number");
            }
        }

        private void expect(char c) {
            skip();
            if (pos >= s.length() || s.charAt(pos) != c) {
                throw new FormulaException(s, pos, "expected '" + c + "'" + (pos < s.length() ? " but found '" + s.charAt(pos) + "'" : " at the end"));
            }
            pos++;
        }

        private void skip() {
            while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) pos++;
        }
    }
}
