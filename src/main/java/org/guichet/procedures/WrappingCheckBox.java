package org.guichet.procedures;

import javafx.scene.control.CheckBox;

/**
 * A check box whose long label wraps without being cut: JavaFX can size a wrapped label a line
 * short at some widths, so the height is measured for a slightly narrower width.
 */
final class WrappingCheckBox extends CheckBox {
    private static final double ROUNDING_MARGIN_PX = 2;

    WrappingCheckBox(String text) {
        super(text);
        setWrapText(true);
        setMaxWidth(Double.MAX_VALUE);
        setMinHeight(USE_PREF_SIZE);
    }

    @Override
    protected double computePrefHeight(double width) {
        return super.computePrefHeight(width < 0 ? width : width - ROUNDING_MARGIN_PX);
    }
}
