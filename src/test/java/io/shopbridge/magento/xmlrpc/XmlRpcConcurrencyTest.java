package io.shopbridge.magento.xmlrpc;

import static io.shopbridge.magento.xmlrpc.XmlRpcFixtures.bytes;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** One codec shared by many threads: every thread gets exactly what a lone thread gets. */
class XmlRpcConcurrencyTest {

    private static final int THREADS = 8;
    private static final int ROUNDS = 50;

    private final XmlRpcCodec codec = XmlRpcFixtures.codec();

    @Test
    void sharedCodecGivesEveryThreadTheSameResults() throws Exception {
        byte[] order = bytes("sales-order-info-response.xml");
        byte[] call = bytes("sales-order-invoice-create-request.xml");
        byte[] fault = bytes("fault-102-cannot-invoice.xml");
        Object expectedOrder = codec.parseResponse(order);
        XmlRpcCall expectedCall = codec.parseCall(call);

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> results = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                results.add(pool.submit((Callable<Void>) () -> {
                    start.await();
                    for (int round = 0; round < ROUNDS; round++) {
                        assertEquals(expectedOrder, codec.parseResponse(order));
                        assertEquals(expectedCall, codec.parseCall(call));
                        assertEquals(102, assertThrows(XmlRpcFault.class, () -> codec.parseResponse(fault)).code());
                        assertArrayEquals(order, codec.encodeResponse(expectedOrder));
                        assertThrows(XmlRpcFormatException.class, () -> codec.parseResponse(bytes("hostile/billion-laughs.xml")));
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> result : results) {
                result.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
