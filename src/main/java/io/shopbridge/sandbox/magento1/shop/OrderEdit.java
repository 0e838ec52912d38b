package io.shopbridge.sandbox.magento1.shop;

/**
 * The links an admin order edit leaves: the new order ({@code 100000007-1}) names the one it replaces as its relation
 * parent and carries the original increment id and the edit number; the replaced order, canceled, names its child.
 */
record OrderEdit(String originalIncrementId, Long editIncrement, Long parentEntityId, String parentIncrementId,
        Long childEntityId, String childIncrementId) {

    static final OrderEdit NONE = new OrderEdit(null, null, null, null, null, null);

    /** The links of the order replacing {@code parent}. */
    static OrderEdit replacing(Order parent) {
        OrderEdit parentEdit = parent.edit();
        String original = parentEdit.originalIncrementId() == null ? parent.incrementId()
                : parentEdit.originalIncrementId();
        long number = parentEdit.editIncrement() == null ? 1 : parentEdit.editIncrement() + 1;
        return new OrderEdit(original, number, parent.entityId(), parent.incrementId(), null, null);
    }

    /** The increment id of an edit: the original's with the edit number appended. */
    String childIncrementIdOfEdit() {
        return originalIncrementId + "-" + editIncrement;
    }

    OrderEdit withChild(Order child) {
        return new OrderEdit(originalIncrementId, editIncrement, parentEntityId, parentIncrementId, child.entityId(),
                child.incrementId());
    }
}
