package io.storyline.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Memory and CPU of a measured phase. In local mode the driver and executors share this JVM, so
 * these are the phase's own figures:
 * <ul>
 *   <li>peak heap in use, sampled every 50 ms: what the JVM held, garbage included (it grows
 *       towards -Xmx when nothing forces a collection);</li>
 *   <li>peak live heap: the heap in use right after a collection, the largest over the phase,
 *       which is closer to what the phase needs;</li>
 *   <li>process CPU time, which, unlike wall time, does not grow when other work shares the cores.</li>
 * </ul>
 */
final class HeapSampler implements AutoCloseable {
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private final long cpuStart;
    private final Thread thread;
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    /** The GC reports every pool after a collection, Metaspace and code cache included: count the heap's. */
    private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
    private final NotificationListener afterGc = (notification, handback) -> {
        if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
            long used = 0;
            for (Map.Entry<String, MemoryUsage> pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                if (heapPools.contains(pool.getKey())) {
                    used += pool.getValue().getUsed();
                }
            }
            recordLive(used);
        }
    };
    private volatile boolean running = true;
    private volatile long peak;
    private long peakLive;

    HeapSampler() {
        System.gc();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(afterGc, null, null);
                emitters.add(emitter);
            }
        }
        cpuStart = os.getProcessCpuTime();
        thread = new Thread(() -> {
            while (running) {
                peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    private synchronized void recordLive(long used) {
        peakLive = Math.max(peakLive, used);
    }

    long peakBytes() {
        return peak;
    }

    /** Largest heap in use just after a collection. */
    synchronized long peakLiveBytes() {
        return peakLive;
    }

    /** Seconds of CPU the whole process used since this sampler started. */
    double cpuSeconds() {
        return (os.getProcessCpuTime() - cpuStart) / 1e9;
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        for (NotificationEmitter emitter : emitters) {
            try {
                emitter.removeNotificationListener(afterGc);
            } catch (javax.management.ListenerNotFoundException e) {
                // Already gone: nothing to remove.
            }
        }
    }
}
