package io.shopbridge.sandbox.magento1.shop;

/**
 * The {@code status} argument of {@code sales_order.addComment}, read the way {@code addStatusHistoryComment}
 * reads it: PHP {@code false} keeps the order's status, {@code true} takes its state's default status, and any other
 * value becomes the new status as it is (Magento checks it against nothing, and leaves the state alone).
 */
public record OrderStatusChange(Boolean keepOrDefault, String status) {

    public static OrderStatusChange from(Object argument) {
        if (argument instanceof Boolean flag) {
            return new OrderStatusChange(flag, null);
        }
        return new OrderStatusChange(null, Php.toStr(argument));
    }

    String statusFor(Order order) {
        if (keepOrDefault == null) {
            return status;
        }
        return keepOrDefault ? order.state().defaultStatus() : order.status();
    }
}
