package org.contractregistry.benchmarks;

import java.lang.management.ManagementFactory;

/**
 * Thread CPU time per check, less distorted than wall time on a shared machine: {@code rounds} warm-up calls, then
 * {@code rounds} measured ones; prints both CPU and wall milliseconds per call.
 */
final class CpuTiming {
    private CpuTiming() {}

    static void printPerCheck(Runnable check, String[] args) {
        var threads = ManagementFactory.getThreadMXBean();
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        for (int i = 0; i < rounds; i++) {
            check.run();
        }
        long cpu = threads.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            check.run();
        }
        System.out.printf("cpu %.2f ms/check, wall %.2f ms/check%n",
                (threads.getCurrentThreadCpuTime() - cpu) / 1e6 / rounds, (System.nanoTime() - wall) / 1e6 / rounds);
    }
}
