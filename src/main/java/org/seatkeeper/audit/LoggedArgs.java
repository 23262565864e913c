package org.seatkeeper.audit;

import java.util.ArrayList;
import java.util.List;

/**
 * The arguments of a logged code as the log stores them: a JSON array of strings ({@code ["bad-password","2
 * min"]}), written and read here so the signed text is exactly what the column holds
 * (docs/decisions/0029-log-codes-and-arguments.md).
 */
final class LoggedArgs {

    private LoggedArgs() {}

    /** The column's text, or null for no arguments. */
    static String json(List<String> args) {
        if (args == null || args.isEmpty()) {
            return null;
        }
        StringBuilder json = new StringBuilder("[");
        for (String arg : args) {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append('"');
            for (char c : arg.toCharArray()) {
                switch (c) {
                    case '"' -> json.append("\\\"");
                    case '\\' -> json.append("\\\\");
                    case '\n' -> json.append("\\n");
                    case '\r' -> json.append("\\r");
                    case '\t' -> json.append("\\t");
                    default -> {
                        if (c < 0x20) {
                            json.append(String.format("\\u%04x", (int) c));
                        } else {
                            json.append(c);
                        }
                    }
                }
            }
            json.append('"');
        }
        return json.append(']').toString();
    }

    /** The arguments of a column's text; none for null. */
    static List<String> parse(String json) {
        List<String> args = new ArrayList<>();
        if (json == null || json.isBlank()) {
            return args;
        }
        StringBuilder arg = null;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (arg == null) {
                if (c == '"') {
                    arg = new StringBuilder();
                }
            } else if (c == '\\' && i + 1 < json.length()) {
                char next = json.charAt(++i);
                switch (next) {
                    case 'n' -> arg.append('\n');
                    case 'r' -> arg.append('\r');
                    case 't' -> arg.append('\t');
                    case 'u' -> {
                        arg.append((char) Integer.parseInt(json.substring(i + 1, i + 5), 16));
                        i += 4;
                    }
                    default -> arg.append(next);
                }
            } else if (c == '"') {
                args.add(arg.toString());
                arg = null;
            } else {
                arg.append(c);
            }
        }
        return args;
    }
}
