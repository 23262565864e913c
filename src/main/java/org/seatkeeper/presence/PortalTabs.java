package org.seatkeeper.presence;

import com.vaadin.flow.component.UI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.seatkeeper.sessions.SessionId;
import org.springframework.stereotype.Component;

/** The open portal tabs (UIs) of each seat session on this node. */
@Component
class PortalTabs {

    private final Map<SessionId, Set<UI>> tabs = new ConcurrentHashMap<>();

    void opened(SessionId session, UI ui) {
        tabs.computeIfAbsent(session, id -> ConcurrentHashMap.newKeySet()).add(ui);
    }

    void closed(SessionId session, UI ui) {
        tabs.computeIfPresent(session, (id, uis) -> {
            uis.remove(ui);
            return uis.isEmpty() ? null : uis;
        });
    }

    List<UI> of(SessionId session) {
        return List.copyOf(tabs.getOrDefault(session, Set.of()));
    }

    /** The sessions that have at least one tab open on this node. */
    Set<SessionId> sessions() {
        return Set.copyOf(tabs.keySet());
    }

    int count(SessionId session) {
        return tabs.getOrDefault(session, Set.of()).size();
    }
}
