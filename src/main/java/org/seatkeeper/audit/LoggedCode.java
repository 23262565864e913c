package org.seatkeeper.audit;

import java.util.List;

/** A logged code and its arguments: what a log row stores instead of a sentence (ADR 0029). */
record LoggedCode(String code, List<String> args) {}
