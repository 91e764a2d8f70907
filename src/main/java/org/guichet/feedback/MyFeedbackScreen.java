package org.guichet.feedback;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.guichet.i18n.I18n;
import org.guichet.ui.Components;
import org.guichet.ui.Screen;
import org.guichet.ui.Styles;

/** "Mes avis": each opinion and report kept on this device with its status in words; delete them all. */
public final class MyFeedbackScreen implements Screen {

    private final I18n i18n;
    private final ZoneId zone;
    private final VBox list = new VBox();
    private final Node view;
    private final InvalidationListener refresh;

    public MyFeedbackScreen(I18n i18n, ZoneId zone, MyFeedbackViewModel model) {
        this.i18n = i18n;
        this.zone = zone;
        list.getStyleClass().add(Styles.STACK);
        Label empty = Components.paragraph(i18n.text("myFeedback.empty"));
        FeedbackControls.showWhen(empty, Bindings.isEmpty(model.items()));
        Button retry = Components.secondaryButton(i18n.text("feedback.retry"), model::retryNow);
        FeedbackControls.showWhen(retry, model.anyPending());
        Button delete = Components.secondaryButton(i18n.text("myFeedback.delete"), model::askToDelete);
        FeedbackControls.showWhen(delete, Bindings.isNotEmpty(model.items()).and(model.confirmingProperty().not()));
        VBox confirm = new VBox(
                Components.paragraph(i18n.text("myFeedback.delete.confirm", Bindings.size(model.items()))),
                Components.primaryButton(i18n.text("myFeedback.delete.yes"), model::confirmDelete),
                Components.secondaryButton(i18n.text("myFeedback.delete.no"), model::cancelDelete));
        confirm.getStyleClass().add(Styles.CARD);
        FeedbackControls.showWhen(confirm, model.confirmingProperty());
        Label deleted = Components.wrapping(i18n.text("myFeedback.deleted"), Styles.FIELD_LABEL);
        FeedbackControls.showWhen(deleted, model.deletedProperty());
        Label failed = FeedbackControls.error(i18n.text("myFeedback.deleteFailed"));
        FeedbackControls.showWhen(failed, model.deleteFailedProperty());
        this.view = Components.page(
                Components.heading(i18n, i18n.text("myFeedback.heading")),
                Components.paragraph(i18n.text("myFeedback.intro")),
                deleted, empty, list, retry, delete, confirm, failed);
        this.refresh = observable -> showItems(model);
        model.items().addListener(new WeakInvalidationListener(refresh));
        model.titles().addListener(refresh);
        i18n.languageProperty().addListener(new WeakInvalidationListener(refresh));
        showItems(model);
        model.load();
    }

    private void showItems(MyFeedbackViewModel model) {
        list.getChildren().setAll(model.items().stream().map(item -> card(item, model)).toList());
    }

    private Node card(OutboxItem item, MyFeedbackViewModel model) {
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(i18n.language().locale()).withZone(zone);
        String what = i18n.get(item.kind() == OutboxKind.FEEDBACK ? "myFeedback.item.feedback" : "myFeedback.item.report",
                subjectText(item.subject(), model), format.format(item.createdAt()));
        Label title = new Label(what);
        title.setWrapText(true);
        title.setMinHeight(Label.USE_PREF_SIZE);
        title.setMaxWidth(Double.MAX_VALUE);
        title.getStyleClass().add(Styles.FIELD_LABEL);
        Label status = new Label(OutboxStatusText.text(i18n, item));
        status.setWrapText(true);
        status.setMinHeight(Label.USE_PREF_SIZE);
        status.setMaxWidth(Double.MAX_VALUE);
        status.getStyleClass().addAll(Styles.BODY, FeedbackStyles.STATUS);
        VBox card = new VBox(title, status);
        card.getStyleClass().add(Styles.CARD);
        return card;
    }

    private String subjectText(FeedbackSubject subject, MyFeedbackViewModel model) {
        String title = model.titles().get(subject);
        if (title != null) {
            return i18n.get("myFeedback.subject.titled", title);
        }
        return i18n.get(switch (subject.kind()) {
            case PROCEDURE -> "myFeedback.subject.procedure";
            case OFFICE -> "myFeedback.subject.office";
            case BOOKING -> "myFeedback.subject.booking";
        }, subject.id());
    }

    @Override
    public ObservableStringValue title() {
        return i18n.text("myFeedback.title");
    }

    @Override
    public Node view() {
        return view;
    }
}
