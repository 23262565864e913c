package org.seatkeeper.directory;

/** A business area; primaries have no parent. users counts the non-deleted users placed in it. */
public record BusinessAreaRow(long id, String name, Long parentId, String parentName, boolean enabled, long users) {

    public boolean primary() {
        return parentId == null;
    }

    public String label() {
        return parentName == null ? name : parentName + " / " + name;
    }
}
