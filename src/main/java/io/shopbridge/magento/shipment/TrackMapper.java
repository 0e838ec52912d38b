package io.shopbridge.magento.shipment;

import static io.shopbridge.connector.mapping.Converters.externalId;

import jakarta.inject.Singleton;

import io.shopbridge.connector.backend.Backend;
import io.shopbridge.connector.mapping.ExportMapper;
import io.shopbridge.connector.mapping.Field;
import io.shopbridge.connector.mapping.Mapping;
import io.shopbridge.magento.MagentoBackends;
import io.shopbridge.magento.MagentoModels;

/**
 * Tracking number → Magento track: on the picking's shipment, with the picking's carrier ({@code custom}, Magento's
 * free-text carrier, when it has none) and an empty title, as the OCA connector sends it.
 */
@Singleton
public class TrackMapper implements ExportMapper<ErpTrack, TrackExport> {

    static final String DEFAULT_CARRIER = "custom";

    private static final Field<String> SHIPMENT = Field.named("shipment");
    private static final Field<String> CARRIER = Field.named("carrier");
    private static final Field<String> TITLE = Field.named("title");
    private static final Field<String> NUMBER = Field.named("number");
    private static final Field<String> ORDER = Field.named("order");
    private static final Field<String> DESCRIPTION = Field.named("description");

    @Override
    public Backend backend() {
        return MagentoBackends.MAGENTO;
    }

    @Override
    public String model() {
        return MagentoModels.STOCK_PICKING_TRACK;
    }

    @Override
    public Mapping<ErpTrack, TrackExport> mapping() {
        return Mapping.<ErpTrack, TrackExport>into(v -> new TrackExport(v.get(SHIPMENT), v.get(CARRIER), v.get(TITLE),
                v.get(NUMBER), v.get(ORDER), v.get(DESCRIPTION)))
                .direct(SHIPMENT, ErpTrack::pickingId, externalId(MagentoModels.STOCK_PICKING))
                .computed(CARRIER, (context, track) -> track.carrierCode() == null || track.carrierCode().isBlank()
                        ? DEFAULT_CARRIER : track.carrierCode())
                .direct(TITLE, track -> "")
                .direct(NUMBER, ErpTrack::trackingRef)
                .direct(ORDER, ErpTrack::saleOrderId, externalId(MagentoModels.SALE_ORDER))
                .direct(DESCRIPTION, ErpTrack::pickingName);
    }
}
