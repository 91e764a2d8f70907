package org.guichet.appointments;

import java.util.List;

public record ReasonList(String officeId, List<Reason> reasons) {
}
