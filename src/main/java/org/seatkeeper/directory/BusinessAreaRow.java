package org.seatkeeper.directory;

/** A business area; primaries have no parent. users counts everyone ever placed in it
 * (deleted users included), so a used area is disabled rather than deleted. */
public record BusinessAreaRow(long id, String name, Long parentId, String parentName, boolean enabled, long users) {

    public boolean primary() {
        return parentId == null;
    }

    public String label() {
        return parentName == null ? name : parentName + " / " + name;
    }
}
