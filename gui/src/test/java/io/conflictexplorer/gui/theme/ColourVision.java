package io.conflictexplorer.gui.theme;

import javafx.scene.paint.Color;

/**
 * How far apart two colours look, to people with normal colour vision and with each of the three
 * kinds of dichromacy; and how readable text is on a background.
 *
 * <p>Dichromacy is simulated with Machado, Oliveira and Fernandes (2009) at severity 1.0: a 3x3
 * matrix on linear RGB. Distance is CIEDE2000 in CIE Lab (D65): about 2 is just noticeable side by
 * side, and a legend whose entries should be told apart at a glance, across a room, needs far more.
 * Contrast is WCAG 2's ratio of relative luminances, (L1 + 0.05) / (L2 + 0.05).
 */
final class ColourVision {

    enum Vision {
        NORMAL(null),
        DEUTERANOPIA(new double[][] {
            {0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413}, {-0.011820, 0.042940, 0.968881}
        }),
        PROTANOPIA(new double[][] {
            {0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216}, {-0.003882, -0.048116, 1.051998}
        }),
        TRITANOPIA(new double[][] {
            {1.255528, -0.076749, -0.178779}, {-0.078411, 0.930809, 0.147602}, {0.004733, 0.691367, 0.303900}
        });

        private final double[][] matrix;

        Vision(double[][] matrix) {
            this.matrix = matrix;
        }

        /** The colour as this kind of vision sees it, in linear RGB clamped to [0, 1]. */
        double[] linear(Color c) {
            double[] rgb = {linearize(c.getRed()), linearize(c.getGreen()), linearize(c.getBlue())};
            if (matrix == null) {
                return rgb;
            }
            double[] out = new double[3];
            for (int i = 0; i < 3; i++) {
                out[i] = clamp(matrix[i][0] * rgb[0] + matrix[i][1] * rgb[1] + matrix[i][2] * rgb[2]);
            }
            return out;
        }
    }

    private ColourVision() {}

    /** CIEDE2000 distance between {@code a} and {@code b} as {@code vision} sees them. */
    static double distance(Color a, Color b, Vision vision) {
        return deltaE2000(lab(vision.linear(a)), lab(vision.linear(b)));
    }

    /** WCAG 2 contrast ratio, from 1 (same luminance) to 21 (black on white). */
    static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    static double luminance(Color c) {
        return 0.2126 * linearize(c.getRed()) + 0.7152 * linearize(c.getGreen()) + 0.0722 * linearize(c.getBlue());
    }

    /** CIE Lab (D65) of a linear RGB colour. */
    static double[] lab(double[] rgb) {
        double x = 0.4124564 * rgb[0] + 0.3575761 * rgb[1] + 0.1804375 * rgb[2];
        double y = 0.2126729 * rgb[0] + 0.7151522 * rgb[1] + 0.0721750 * rgb[2];
        double z = 0.0193339 * rgb[0] + 0.1191920 * rgb[1] + 0.9503041 * rgb[2];
        double fx = labF(x / 0.95047);
        double fy = labF(y);
        double fz = labF(z / 1.08883);
        return new double[] {116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
    }

    /** CIEDE2000 (Sharma, Wu and Dalal 2005), with kL = kC = kH = 1. */
    static double deltaE2000(double[] lab1, double[] lab2) {
        double l1 = lab1[0], a1 = lab1[1], b1 = lab1[2];
        double l2 = lab2[0], a2 = lab2[1], b2 = lab2[2];
        double cBar = (Math.hypot(a1, b1) + Math.hypot(a2, b2)) / 2;
        double g = 0.5 * (1 - Math.sqrt(pow7(cBar) / (pow7(cBar) + pow7(25))));
        double a1p = (1 + g) * a1;
        double a2p = (1 + g) * a2;
        double c1p = Math.hypot(a1p, b1);
        double c2p = Math.hypot(a2p, b2);
        double h1p = hue(b1, a1p);
        double h2p = hue(b2, a2p);
        double dL = l2 - l1;
        double dC = c2p - c1p;
        double dh = 0;
        if (c1p * c2p != 0) {
            dh = h2p - h1p;
            if (dh > 180) {
                dh -= 360;
            } else if (dh < -180) {
                dh += 360;
            }
        }
        double dH = 2 * Math.sqrt(c1p * c2p) * Math.sin(Math.toRadians(dh / 2));
        double lBar = (l1 + l2) / 2;
        double cBarP = (c1p + c2p) / 2;
        double hBar;
        if (c1p * c2p == 0) {
            hBar = h1p + h2p;
        } else if (Math.abs(h1p - h2p) <= 180) {
            hBar = (h1p + h2p) / 2;
        } else {
            hBar = h1p + h2p < 360 ? (h1p + h2p + 360) / 2 : (h1p + h2p - 360) / 2;
        }
        double t = 1
                - 0.17 * Math.cos(Math.toRadians(hBar - 30))
                + 0.24 * Math.cos(Math.toRadians(2 * hBar))
                + 0.32 * Math.cos(Math.toRadians(3 * hBar + 6))
                - 0.20 * Math.cos(Math.toRadians(4 * hBar - 63));
        double dTheta = 30 * Math.exp(-Math.pow((hBar - 275) / 25, 2));
        double rC = 2 * Math.sqrt(pow7(cBarP) / (pow7(cBarP) + pow7(25)));
        double sL = 1 + 0.015 * Math.pow(lBar - 50, 2) / Math.sqrt(20 + Math.pow(lBar - 50, 2));
        double sC = 1 + 0.045 * cBarP;
        double sH = 1 + 0.015 * cBarP * t;
        double rT = -Math.sin(Math.toRadians(2 * dTheta)) * rC;
        return Math.sqrt(
                Math.pow(dL / sL, 2) + Math.pow(dC / sC, 2) + Math.pow(dH / sH, 2) + rT * (dC / sC) * (dH / sH));
    }

    private static double hue(double b, double a) {
        if (a == 0 && b == 0) {
            return 0;
        }
        double h = Math.toDegrees(Math.atan2(b, a));
        return h < 0 ? h + 360 : h;
    }

    private static double pow7(double v) {
        return Math.pow(v, 7);
    }

    private static double labF(double t) {
        return t > 216.0 / 24389 ? Math.cbrt(t) : (24389.0 / 27 * t + 16) / 116;
    }

    private static double linearize(double c) {
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
