package za.gov.dpsa.isdip.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The whole machine's load and CPU, from /proc: a figure taken on a busy machine must say so. */
final class Machine {

    private Machine() {
    }

    /** The 1, 5 and 15 minute load averages and the core count, as printed next to each figure. */
    static String load() {
        try {
            String[] average = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return "load " + average[0] + " " + average[1] + " " + average[2] + " on "
                    + Runtime.getRuntime().availableProcessors() + " cores";
        } catch (IOException e) {
            return "load unknown";
        }
    }

    /** Busy and total jiffies of all cores so far ({@code /proc/stat}); the share between two reads is the use. */
    static long[] cpuTicks() {
        try {
            String[] fields = Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < fields.length; i++) {
                total += Long.parseLong(fields[i]);
            }
            long idle = Long.parseLong(fields[4]) + Long.parseLong(fields[5]);
            return new long[] {total - idle, total};
        } catch (IOException | RuntimeException e) {
            return new long[] {0, 1};
        }
    }

    /** The machine's busy share between two {@link #cpuTicks()} reads, in per cent of all cores. */
    static double busyPercent(long[] before, long[] after) {
        long total = after[1] - before[1];
        return total <= 0 ? 0 : 100.0 * (after[0] - before[0]) / total;
    }
}
