package org.guichet.privacy;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.guichet.i18n.I18n;
import org.guichet.ui.Components;
import org.guichet.ui.Screen;
import org.guichet.ui.Styles;

/** "Mes données sur cet appareil": what Guichet keeps about the user, and deleting it. */
public final class MyDataScreen implements Screen {

    private final I18n i18n;
    private final MyDataViewModel model;
    private final VBox categories = new VBox();
    private final Node view;

    public MyDataScreen(I18n i18n, MyDataViewModel model) {
        this.i18n = i18n;
        this.model = model;
        categories.getStyleClass().add(Styles.STACK);
        Label loading = Components.paragraph(i18n.text("privacy.loading"));
        showWhen(loading, model.stateProperty().isEqualTo(MyDataViewModel.State.LOADING));
        Label failed = Components.wrapping(i18n.text("privacy.failed"), Styles.ERROR);
        showWhen(failed, model.stateProperty().isEqualTo(MyDataViewModel.State.FAILED));
        Label done = Components.paragraph(i18n.text("privacy.deleted"));
        showWhen(done, model.deletedProperty());
        this.view = Components.page(
                Components.heading(i18n, i18n.text("privacy.heading")),
                Components.paragraph(i18n.text("privacy.intro")),
                loading, failed, done,
                categories,
                deleteAll(),
                Components.heading(i18n, i18n.text("privacy.public.heading")),
                Components.paragraph(i18n.text("privacy.public.body")));
        model.counts().addListener((javafx.collections.ListChangeListener<DeviceData.Count>) change -> render());
        model.confirmingProperty().addListener(observable -> render());
        model.load();
    }

    @Override
    public ObservableStringValue title() {
        return i18n.text("privacy.title");
    }

    @Override
    public Node view() {
        return view;
    }

    private void render() {
        categories.getChildren().setAll(model.counts().stream().map(this::card).toList());
    }

    private Node card(DeviceData.Count count) {
        StoredCategory category = count.category();
        Label name = Components.wrapping(i18n.text(category.labelKey()), Styles.FIELD_LABEL);
        Components.markHeading(i18n, name);
        VBox card = new VBox(
                name,
                Components.paragraph(count.items() == 0 ? i18n.text("privacy.count.none")
                        : i18n.text("privacy.count.items", count.items())));
        card.getStyleClass().add(Styles.CARD);
        if (count.items() == 0) {
            return card;
        }
        if (model.confirmingProperty().get() == category) {
            card.getChildren().addAll(confirmation(i18n.text("privacy.confirm.one", i18n.text(category.labelKey()))));
        } else {
            Button delete = Components.secondaryButton(i18n.text("privacy.delete"), () -> model.askToDelete(category));
            delete.accessibleTextProperty().bind(i18n.text("privacy.delete.named", i18n.text(category.labelKey())));
            card.getChildren().add(delete);
        }
        return card;
    }

    private Node deleteAll() {
        Button ask = Components.secondaryButton(i18n.text("privacy.deleteAll"), model::askToDeleteAll);
        VBox area = new VBox(ask);
        area.getStyleClass().add(Styles.STACK);
        showWhen(ask, Bindings.createBooleanBinding(() -> model.total() > 0 && !model.confirmingAllProperty().get(),
                model.counts(), model.confirmingAllProperty()));
        Node[] confirmation = confirmation(i18n.text("privacy.confirm.all"));
        VBox confirm = new VBox(confirmation);
        confirm.getStyleClass().add(Styles.STACK);
        showWhen(confirm, model.confirmingAllProperty());
        area.getChildren().add(confirm);
        return area;
    }

    private Node[] confirmation(ObservableStringValue question) {
        Label label = Components.wrapping(question, Styles.FIELD_LABEL);
        Button yes = Components.primaryButton(i18n.text("privacy.confirm.yes"), model::confirm);
        Button no = Components.secondaryButton(i18n.text("privacy.confirm.no"), model::cancel);
        return new Node[] {label, yes, no};
    }

    private static void showWhen(Node node, javafx.beans.value.ObservableBooleanValue condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(condition);
    }
}
