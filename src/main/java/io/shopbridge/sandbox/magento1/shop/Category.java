package io.shopbridge.sandbox.magento1.shop;

import java.time.LocalDateTime;

/**
 * A catalog category as stored; where it sits in the tree ({@code path}, {@code level}, children) is worked out by
 * the {@link Catalog}. Category 1 is the invisible root of every tree ({@code is_active} NULL), 2 the default store
 * root.
 *
 * @param parentId 0 for the root
 */
public record Category(long id, long parentId, int position, String name, Boolean isActive, String urlKey,
        String displayMode, Boolean isAnchor, String pageLayout, LocalDateTime createdAt, LocalDateTime updatedAt) {
}
