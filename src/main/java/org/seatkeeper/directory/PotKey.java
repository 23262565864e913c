package org.seatkeeper.directory;

/** Identifies a named pot by what it counts, independent of its database id. */
record PotKey(PotScope scope, long refId) {

    static final PotKey ACTIVE_USERS = new PotKey(PotScope.ACTIVE_USERS, 0);

    static PotKey type(long typeId) {
        return new PotKey(PotScope.LICENCE_TYPE, typeId);
    }

    static PotKey module(long moduleId) {
        return new PotKey(PotScope.MODULE, moduleId);
    }

    String key() {
        return switch (scope) {
            case ACTIVE_USERS -> "ACTIVE_USERS";
            case LICENCE_TYPE -> "TYPE:" + refId;
            case MODULE -> "MODULE:" + refId;
        };
    }

    static PotKey parse(String key) {
        if (key.equals("ACTIVE_USERS")) {
            return ACTIVE_USERS;
        }
        int colon = key.indexOf(':');
        long ref = Long.parseLong(key.substring(colon + 1));
        return key.startsWith("TYPE:") ? type(ref) : module(ref);
    }
}
