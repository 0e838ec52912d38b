package io.shopbridge.magento.order;

import java.math.BigDecimal;
import java.math.RoundingMode;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import io.shopbridge.connector.backend.Backend;
import io.shopbridge.connector.binding.ImportBinder;
import io.shopbridge.connector.job.PermanentJobError;
import io.shopbridge.connector.sync.ConnectorEnvironment;
import io.shopbridge.connector.sync.GenericImporter;
import io.shopbridge.magento.MagentoBackends;
import io.shopbridge.magento.MagentoModels;
import io.shopbridge.magento.partner.Contacts;
import io.shopbridge.magento.partner.ErpContact;
import io.shopbridge.magento.partner.ErpPartner;
import io.shopbridge.magento.partner.PartnerWriter;

/**
 * Imports a Magento order: its customer (or a partner for its guest), its products and the order it edits first;
 * then the order, its lines bound to the Magento items, and the edited order cancelled. A line of a product that is
 * not imported (a bundle) fails the whole order. An order imported before only takes the shop's new state.
 */
@Singleton
public class SaleOrderImporter extends GenericImporter<MagentoOrder, ErpSaleOrder> {

    private static final String CANCELLED = "cancel";

    @Inject
    SaleOrderWriter writer;

    @Inject
    PartnerWriter partners;

    @Override
    public Backend backend() {
        return MagentoBackends.MAGENTO;
    }

    @Override
    public String model() {
        return MagentoModels.SALE_ORDER;
    }

    @Override
    protected void dependencies(ConnectorEnvironment env, MagentoOrder order) {
        if (order.isGuest()) {
            bindGuest(env, order);
        } else {
            importDependency(env, MagentoModels.PARTNER, order.customerId());
        }
        order.items().forEach(item -> importDependency(env, MagentoModels.PRODUCT, item.productId()));
        if (order.editOf() != null) {
            importDependency(env, MagentoModels.SALE_ORDER, order.editOf());
        }
    }

    /** The ERP order's total is the sum of its lines: it must be the shop's grand total to the cent. */
    @Override
    protected ErpSaleOrder map(ConnectorEnvironment env, MagentoOrder order, boolean forCreate) {
        ErpSaleOrder values = super.map(env, order, forCreate);
        if (forCreate && cents(values.amountTotal()).compareTo(cents(values.shopTotal())) != 0) {
            throw new PermanentJobError("order " + order.incrementId() + " adds up to " + values.amountTotal()
                    + ", not Magento's grand total " + values.shopTotal());
        }
        return values;
    }

    @Override
    protected long create(ConnectorEnvironment env, MagentoOrder order, ErpSaleOrder values) {
        long invoiceContact = contact(env, values.partnerId(), values.invoiceContactId(), values.invoiceAddress());
        long deliveryContact = values.deliveryAddress() == null
                || values.deliveryContactId() == null && values.deliveryAddress().samePlaceAs(values.invoiceAddress())
                        ? invoiceContact
                        : contact(env, values.partnerId(), values.deliveryContactId(), values.deliveryAddress());
        return writer.insertOrder(env, values, invoiceContact, deliveryContact);
    }

    @Override
    protected long update(ConnectorEnvironment env, long erpId, MagentoOrder order, ErpSaleOrder values) {
        writer.updateState(env, erpId, values.state());
        return erpId;
    }

    @Override
    protected String after(ConnectorEnvironment env, String externalId, MagentoOrder order, ErpSaleOrder values,
            Imported imported) {
        if (imported.created()) {
            writer.insertLines(env, imported.erpId(), imported.bindingId(), values.allLines());
            if (values.parentOrderId() != null) {
                writer.updateState(env, values.parentOrderId(), CANCELLED);
            }
        }
        return super.after(env, externalId, order, values, imported) + " (" + values.state() + ")";
    }

    /** The address book's contact the order's address came from, else a new contact of the partner. */
    private long contact(ConnectorEnvironment env, long partnerId, Long boundContactId, ErpContact address) {
        return boundContactId != null ? boundContactId : partners.insertContact(env, partnerId, address);
    }

    /** A guest is no Magento customer: a partner is made for the order, bound as {@code guestorder:<increment id>}. */
    private void bindGuest(ConnectorEnvironment env, MagentoOrder order) {
        ConnectorEnvironment partnerEnv = env.forModel(MagentoModels.PARTNER);
        ImportBinder binder = partnerEnv.unit(ImportBinder.class);
        String guestKey = SaleOrderMapper.customerKey(order);
        if (binder.toErp(partnerEnv, guestKey).isEmpty()) {
            long partnerId = partners.insertPartner(env, new ErpPartner(Contacts.fullName(order.customerFirstname(),
                    order.customerLastname()), order.customerEmail(), false, null, null, null));
            binder.bindImported(partnerEnv, guestKey, partnerId);
        }
    }

    private static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }
}
