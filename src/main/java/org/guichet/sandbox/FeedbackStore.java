package org.guichet.sandbox;

import com.google.gson.Gson;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.guichet.domain.feedback.OfficialChoice;
import org.guichet.domain.feedback.Satisfaction;
import org.guichet.feedback.DocumentReport;
import org.guichet.feedback.FeedbackRequest;
import org.guichet.feedback.FeedbackSubject;
import org.guichet.feedback.OfficialAnswers;

/** The sandbox's stored opinions and document reports, one row each. */
final class FeedbackStore {
    private FeedbackStore() {
    }

    static void insert(Connection connection, String id, FeedbackRequest request, Satisfaction satisfaction,
                       Instant receivedAt, Gson gson) throws SQLException {
        OfficialAnswers answers = request.answers();
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO sandbox_feedback (id, subject_kind,"
                + " subject_id, satisfaction, comprehension, contact_tried, contact_reached, contact_satisfaction,"
                + " verbatim, language, answered_at, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, id);
            insert.setString(2, request.subject().kindName());
            insert.setString(3, request.subject().id());
            insert.setString(4, satisfaction.officialValue());
            insert.setObject(5, answers.comprehension());
            insert.setString(6, gson.toJson(answers.contactTried()));
            insert.setString(7, gson.toJson(answers.contactReached()));
            insert.setString(8, gson.toJson(answers.contactSatisfaction()));
            insert.setString(9, answers.verbatim());
            insert.setString(10, request.language());
            insert.setString(11, request.answeredAt().toInstant().toString());
            insert.setString(12, receivedAt.toString());
            insert.executeUpdate();
        }
    }

    static void insert(Connection connection, String id, DocumentReport report, Instant receivedAt)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO sandbox_document_report (id,"
                + " subject_kind, subject_id, unclear, suggestion, language, reported_at, received_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, id);
            insert.setString(2, report.subject().kindName());
            insert.setString(3, report.subject().id());
            insert.setString(4, report.unclear());
            insert.setString(5, report.suggestion());
            insert.setString(6, report.language());
            insert.setString(7, report.reportedAt().toInstant().toString());
            insert.setString(8, receivedAt.toString());
            insert.executeUpdate();
        }
    }

    static List<Satisfaction> satisfactions(Connection connection, FeedbackSubject subject) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT satisfaction FROM sandbox_feedback WHERE subject_kind = ? AND subject_id = ?")) {
            select.setString(1, subject.kindName());
            select.setString(2, subject.id());
            List<Satisfaction> answers = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    answers.add(OfficialChoice.ofOfficialValue(Satisfaction.class, rows.getString(1)).orElseThrow());
                }
            }
            return answers;
        }
    }
}
