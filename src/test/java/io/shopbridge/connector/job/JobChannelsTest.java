package io.shopbridge.connector.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The channel tree read from its configuration: nearest configured channel, capacities shared with ancestors. */
class JobChannelsTest {

    private static JobChannels configured(String configuration) {
        JobChannels channels = new JobChannels();
        channels.configuration = configuration;
        channels.configure();
        return channels;
    }

    @Test
    void aJobRunsInTheNearestConfiguredChannel() {
        JobChannels channels = configured("root.magento:2,root:4,root.magento.import:1:sequential");
        assertEquals("root.magento", channels.nearest("root.magento.export").name());
        assertEquals("root.magento.import", channels.nearest("root.magento.import.orders").name());
        assertEquals("root", channels.nearest("root.other").name());
        assertEquals("[root:4, root.magento:2, root.magento.import:1:sequential]", channels.all().toString());
    }

    @Test
    void aChildsFreeSlotsAreBoundedByItsAncestors() {
        JobChannels channels = configured("root:2,root.magento:2");
        JobChannel magento = channels.nearest("root.magento");
        JobChannel root = channels.root();
        root.acquire();
        assertEquals(1, magento.free());
        magento.acquire();
        assertEquals(0, magento.free());
        assertEquals(0, root.free());
        magento.release();
        assertEquals(1, magento.free());
    }

    @Test
    void aBadConfigurationIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> configured("root.magento:2"));
        assertThrows(IllegalArgumentException.class, () -> configured("root:4,root.x:2:sequential"));
        assertThrows(IllegalArgumentException.class, () -> configured("root:0"));
        assertThrows(IllegalArgumentException.class, () -> configured("root:4,Root.x:1"));
    }
}
