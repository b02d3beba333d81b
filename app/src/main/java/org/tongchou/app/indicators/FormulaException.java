package org.tongchou.app.indicators;

/** A formula that cannot be parsed; the message quotes the formula and the position of the problem. */
class FormulaException extends IndicatorDefinitionException {
    FormulaException(String formula, int position, String reason) {
        super("formula '" + formula + "' at position " + (position + 1) + ": " + reason);
    }
}
