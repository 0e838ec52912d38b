package io.shopbridge.bench.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.imageio.ImageIO;

/**
 * A grouped bar chart drawn with java.awt (headless): categories along x, one bar per series in each, values on a
 * linear y axis from 0, an optional dashed target line. A missing value leaves a gap.
 */
final class BarChart {

    private static final Color[] PALETTE = { new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c),
            new Color(0xd62728), new Color(0x9467bd), new Color(0x8c564b) };
    private static final int WIDTH = 960;
    private static final int HEIGHT = 520;
    private static final int LEFT = 90;
    private static final int RIGHT = 30;
    private static final int TOP = 60;
    private static final int BOTTOM = 110;

    private final String title;
    private final String yLabel;
    private final List<String> categories;
    private final Map<String, Double[]> series = new LinkedHashMap<>();
    private final List<Map.Entry<String, Double>> targets = new ArrayList<>();
    private boolean logarithmic;

    BarChart(String title, String yLabel, List<String> categories) {
        this.title = title;
        this.yLabel = yLabel;
        this.categories = categories;
    }

    /** Values in the order of the categories; null where not measured. */
    BarChart series(String name, Double[] values) {
        series.put(name, values);
        return this;
    }

    /** A log-10 y axis from 1: for figures spanning several orders of magnitude, such as latencies. */
    BarChart logarithmic() {
        logarithmic = true;
        return this;
    }

    BarChart target(String label, double value) {
        targets.add(Map.entry(label, value));
        return this;
    }

    void write(Path png) throws IOException {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        double max = niceMax();
        int plotWidth = WIDTH - LEFT - RIGHT;
        int plotHeight = HEIGHT - TOP - BOTTOM;
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        g.drawString(title, LEFT, 30);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        int ticks = logarithmic ? (int) Math.round(Math.log10(max)) : 5;
        for (int i = 0; i <= ticks; i++) {
            double value = logarithmic ? Math.pow(10, i) : max * i / 5;
            int y = TOP + plotHeight - height(value, max, plotHeight);
            g.setColor(new Color(0xdddddd));
            g.drawLine(LEFT, y, LEFT + plotWidth, y);
            g.setColor(Color.BLACK);
            String label = format(value);
            g.drawString(label, LEFT - 8 - g.getFontMetrics().stringWidth(label), y + 4);
        }
        g.drawString(yLabel, 10, TOP - 12);
        int groupWidth = plotWidth / Math.max(1, categories.size());
        int barWidth = Math.max(4, (int) (groupWidth * 0.8 / Math.max(1, series.size())));
        int s = 0;
        int legendX = LEFT;
        int legendY = HEIGHT - 62;
        for (Map.Entry<String, Double[]> entry : series.entrySet()) {
            g.setColor(PALETTE[s % PALETTE.length]);
            for (int c = 0; c < categories.size(); c++) {
                Double value = c < entry.getValue().length ? entry.getValue()[c] : null;
                if (value == null || value.isNaN()) {
                    continue;
                }
                int h = height(value, max, plotHeight);
                int x = LEFT + c * groupWidth + (int) (groupWidth * 0.1) + s * barWidth;
                g.fillRect(x, TOP + plotHeight - h, barWidth - 2, h);
                String label = format(value);
                if (g.getFontMetrics().stringWidth(label) <= barWidth + 8) {
                    g.setColor(Color.DARK_GRAY);
                    g.drawString(label, x + (barWidth - 2 - g.getFontMetrics().stringWidth(label)) / 2,
                            TOP + plotHeight - h - 3);
                    g.setColor(PALETTE[s % PALETTE.length]);
                }
            }
            int width = 16 + g.getFontMetrics().stringWidth(entry.getKey()) + 24;
            if (legendX + width > WIDTH - RIGHT) {
                legendX = LEFT;
                legendY += 20;
            }
            g.fillRect(legendX, legendY, 12, 12);
            g.setColor(Color.BLACK);
            g.drawString(entry.getKey(), legendX + 16, legendY + 11);
            legendX += width;
            s++;
        }
        g.setColor(Color.BLACK);
        g.drawLine(LEFT, TOP + plotHeight, LEFT + plotWidth, TOP + plotHeight);
        for (int c = 0; c < categories.size(); c++) {
            String label = categories.get(c);
            int x = LEFT + c * groupWidth + (groupWidth - g.getFontMetrics().stringWidth(label)) / 2;
            g.drawString(label, x, TOP + plotHeight + 20);
        }
        g.setStroke(new BasicStroke(2, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] { 8, 6 }, 0));
        for (Map.Entry<String, Double> target : targets) {
            int y = TOP + plotHeight - height(target.getValue(), max, plotHeight);
            g.setColor(Color.RED);
            g.drawLine(LEFT, y, LEFT + plotWidth, y);
            g.drawString(target.getKey(), LEFT + plotWidth - g.getFontMetrics().stringWidth(target.getKey()), y - 4);
        }
        g.dispose();
        Files.createDirectories(png.toAbsolutePath().getParent());
        ImageIO.write(image, "png", png.toFile());
    }

    private int height(double value, double max, int plotHeight) {
        if (logarithmic) {
            return (int) (plotHeight * Math.max(0, Math.log10(Math.max(1, Math.min(value, max)))) / Math.log10(max));
        }
        return (int) (plotHeight * Math.min(value, max) / max);
    }

    /** The top of the y axis: above every value and target, rounded to 1, 2 or 5 times a power of ten. */
    private double niceMax() {
        double max = 0;
        for (Double[] values : series.values()) {
            for (Double v : values) {
                if (v != null && !v.isNaN()) {
                    max = Math.max(max, v);
                }
            }
        }
        for (Map.Entry<String, Double> target : targets) {
            max = Math.max(max, target.getValue());
        }
        if (max <= 0) {
            return 1;
        }
        if (logarithmic) {
            return Math.pow(10, Math.max(1, Math.ceil(Math.log10(max * 1.05))));
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(max)));
        for (double step : new double[] { 1, 2, 5, 10 }) {
            if (max * 1.05 <= step * magnitude) {
                return step * magnitude;
            }
        }
        return 10 * magnitude;
    }

    private static String format(double value) {
        return value >= 100 || value == Math.rint(value) ? String.format(Locale.ROOT, "%,.0f", value)
                : String.format(Locale.ROOT, "%.1f", value);
    }
}
