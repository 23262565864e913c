package org.seatkeeper.directory;

public record ModuleRow(long id, String name) {}
