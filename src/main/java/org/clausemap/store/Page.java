package org.clausemap.store;

import java.util.List;

/**
 * One page of a listing.
 *
 * @param items      the items on this page
 * @param page       0-based page number
 * @param size       the page size asked for
 * @param totalItems items on all pages
 * @param totalPages number of pages
 * @param <T>        item type
 */
public record Page<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    public Page {
        items = List.copyOf(items);
    }

    static <T> Page<T> of(List<T> items, int page, int size, long totalItems) {
        return new Page<>(items, page, size, totalItems, (int) ((totalItems + size - 1) / size));
    }
}
