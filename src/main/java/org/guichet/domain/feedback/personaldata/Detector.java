package org.guichet.domain.feedback.personaldata;

import java.util.List;

/** Finds one kind of personal data; matches may overlap those of other detectors. */
interface Detector {

    List<PersonalDataMatch> find(String text);
}
