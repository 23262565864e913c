package org.seatkeeper.lockout.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import org.seatkeeper.lockout.LockedSignIn;
import org.seatkeeper.lockout.LockoutSettings;
import org.seatkeeper.lockout.LockoutSettings.Setting;
import org.seatkeeper.lockout.LockoutSettingsRefusedException;
import org.seatkeeper.lockout.SignInLockouts;
import org.seatkeeper.sessions.SettingsSection;
import org.seatkeeper.shared.RefusedException;
import org.seatkeeper.shared.ui.PeopleTime;
import org.seatkeeper.shared.ui.Refusals;
import org.seatkeeper.shared.ui.Toasts;

/**
 * "Sign-in protection" on the settings page: when a username is locked and an address paused after failed
 * sign-ins, and who is locked now, with a button to unlock. Each field shows its range and its problem.
 */
@org.springframework.stereotype.Component
class SignInProtectionSection implements SettingsSection {

    private final SignInLockouts lockouts;

    SignInProtectionSection(SignInLockouts lockouts) {
        this.lockouts = lockouts;
    }

    @Override
    public Component create() {
        return new Form(lockouts);
    }

    static final class Form extends VerticalLayout {

        final IntegerField accountFailures = field(getTranslation("lockout.account-failures"), "failures");
        final IntegerField firstWait = field(getTranslation("lockout.first-wait"), "first-wait");
        final IntegerField longestWait = field(getTranslation("lockout.longest-wait"), "longest-wait");
        final IntegerField forgetAfter = field(getTranslation("lockout.forget-after"), "forget-after");
        final IntegerField addressFailures = field(getTranslation("lockout.address-failures"), "address-failures");
        final IntegerField addressWindow = field(getTranslation("lockout.address-window"), "address-window");
        final IntegerField addressWait = field(getTranslation("lockout.address-wait"), "address-wait");
        final Div banner = new Div();
        final Button save = new Button(getTranslation("lockout.save"), e -> save());
        final Grid<LockedSignIn> locked = new Grid<>();
        final Paragraph noneLocked = new Paragraph(getTranslation("lockout.none-locked"));
        private final Map<Setting, IntegerField> fields = new EnumMap<>(Setting.class);
        private final SignInLockouts lockouts;
        private long version;

        Form(SignInLockouts lockouts) {
            this.lockouts = lockouts;
            setPadding(false);
            setId("sign-in-protection");
            fields.put(Setting.ACCOUNT_FAILURES, accountFailures);
            fields.put(Setting.FIRST_WAIT, firstWait);
            fields.put(Setting.LONGEST_WAIT, longestWait);
            fields.put(Setting.FORGET_AFTER, forgetAfter);
            fields.put(Setting.ADDRESS_FAILURES, addressFailures);
            fields.put(Setting.ADDRESS_WINDOW, addressWindow);
            fields.put(Setting.ADDRESS_WAIT, addressWait);
            fields.forEach((setting, field) -> field.setHelperText(range(setting)));
            firstWait.setHelperText(
                    getTranslation("lockout.first-wait.helper", LockoutSettings.most(Setting.FIRST_WAIT)));
            forgetAfter.setHelperText(
                    getTranslation("lockout.forget-after.helper", LockoutSettings.most(Setting.FORGET_AFTER)));
            fields.values()
                    .forEach(field -> field.addValueChangeListener(
                            e -> showProblems(candidate().refusals())));
            banner.setId("sign-in-protection-banner");
            banner.addClassName("form-error");
            banner.setVisible(false);
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.setId("save-sign-in-protection");
            FormLayout form = new FormLayout(
                    accountFailures, firstWait, longestWait, forgetAfter, addressFailures, addressWindow, addressWait);
            form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
            form.setMaxWidth("60em");
            locked.setId("locked-sign-ins");
            locked.addColumn(lock -> lock.byAddress()
                            ? getTranslation("lockout.locked.address")
                            : getTranslation("lockout.locked.username"))
                    .setHeader(getTranslation("lockout.locked"))
                    .setAutoWidth(true);
            locked.addColumn(LockedSignIn::name)
                    .setHeader(getTranslation("lockout.locked.name"))
                    .setFlexGrow(1);
            locked.addColumn(lock -> PeopleTime.dateTime(lock.until()))
                    .setHeader(getTranslation("lockout.locked.until"))
                    .setAutoWidth(true);
            locked.addComponentColumn(lock -> {
                        Button unlock = new Button(getTranslation("lockout.unlock"), e -> unlock(lock));
                        unlock.addThemeVariants(ButtonVariant.LUMO_SMALL);
                        unlock.setAriaLabel(getTranslation("lockout.unlock.label", lock.name()));
                        return unlock;
                    })
                    .setHeader("")
                    .setAutoWidth(true);
            locked.setAllRowsVisible(true);
            locked.setMaxWidth("60em");
            show(lockouts.settings());
            refreshLocked();
            add(
                    new H2(getTranslation("lockout.heading")),
                    new Paragraph(getTranslation("lockout.intro")),
                    banner,
                    form,
                    save,
                    new H3(getTranslation("lockout.locked-now")),
                    noneLocked,
                    locked);
        }

        void save() {
            banner.setVisible(false);
            LockoutSettings candidate = candidate();
            Map<Setting, ? extends RefusedException> problems = candidate.refusals();
            showProblems(problems);
            if (!problems.isEmpty()) {
                return;
            }
            try {
                show(lockouts.change(candidate));
                Toasts.success(getTranslation("lockout.saved"));
            } catch (LockoutSettingsRefusedException refused) {
                showProblems(Map.of(refused.setting(), refused));
            } catch (RefusedException refused) {
                banner.setText(Refusals.text(refused));
                banner.setVisible(true);
            }
        }

        void unlock(LockedSignIn lock) {
            try {
                lockouts.unlock(lock);
                Toasts.success(
                        lock.byAddress()
                                ? getTranslation("lockout.unlocked.address", lock.name())
                                : getTranslation("lockout.unlocked.username", lock.name()));
            } finally {
                refreshLocked();
            }
        }

        void refreshLocked() {
            var rows = lockouts.locked();
            locked.setItems(rows);
            locked.setVisible(!rows.isEmpty());
            noneLocked.setVisible(rows.isEmpty());
        }

        private LockoutSettings candidate() {
            return new LockoutSettings(
                    number(accountFailures),
                    duration(firstWait, Duration::ofSeconds),
                    duration(longestWait, Duration::ofSeconds),
                    duration(forgetAfter, Duration::ofMinutes),
                    number(addressFailures),
                    duration(addressWindow, Duration::ofMinutes),
                    duration(addressWait, Duration::ofSeconds),
                    version);
        }

        private static int number(IntegerField field) {
            return field.getValue() == null ? 0 : field.getValue();
        }

        private static Duration duration(IntegerField field, Function<Long, Duration> unit) {
            return field.getValue() == null ? null : unit.apply((long) field.getValue());
        }

        /** "1 to 100 failed sign-ins." beside each field, in the reader's language. */
        private String range(Setting setting) {
            long most = LockoutSettings.most(setting);
            return switch (setting) {
                case ACCOUNT_FAILURES, ADDRESS_FAILURES -> getTranslation("lockout.range.failures", most);
                case FIRST_WAIT, LONGEST_WAIT, ADDRESS_WAIT -> getTranslation("lockout.range.seconds", most);
                case FORGET_AFTER, ADDRESS_WINDOW -> getTranslation("lockout.range.minutes", most);
            };
        }

        private void showProblems(Map<Setting, ? extends RefusedException> problems) {
            fields.forEach((setting, field) -> {
                RefusedException problem = problems.get(setting);
                field.setErrorMessage(problem == null ? null : Refusals.text(problem));
                field.setInvalid(problem != null);
            });
        }

        private void show(LockoutSettings settings) {
            accountFailures.setValue(settings.accountFailures());
            firstWait.setValue((int) settings.firstWait().toSeconds());
            longestWait.setValue((int) settings.longestWait().toSeconds());
            forgetAfter.setValue((int) settings.forgetAfter().toMinutes());
            addressFailures.setValue(settings.addressFailures());
            addressWindow.setValue((int) settings.addressWindow().toMinutes());
            addressWait.setValue((int) settings.addressWait().toSeconds());
            version = settings.version();
            showProblems(Map.of());
        }

        private static IntegerField field(String label, String id) {
            IntegerField field = new IntegerField(label);
            field.setId("lockout-" + id);
            field.setManualValidation(true);
            field.setStepButtonsVisible(false);
            return field;
        }
    }
}
