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
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
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

        private static final DateTimeFormatter TIME =
                DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

        final IntegerField accountFailures = field("Lock a username after (failed sign-ins in a row)", "failures");
        final IntegerField firstWait = field("First lock (seconds)", "first-wait");
        final IntegerField longestWait = field("Longest lock (seconds)", "longest-wait");
        final IntegerField forgetAfter = field("Forget failures after (minutes)", "forget-after");
        final IntegerField addressFailures = field("Pause an address after (failed sign-ins)", "address-failures");
        final IntegerField addressWindow = field("Within (minutes)", "address-window");
        final IntegerField addressWait = field("Pause the address for (seconds)", "address-wait");
        final Div banner = new Div();
        final Button save = new Button("Save sign-in protection", e -> save());
        final Grid<LockedSignIn> locked = new Grid<>();
        final Paragraph noneLocked = new Paragraph("No username or address is locked now.");
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
            fields.forEach((setting, field) -> field.setHelperText(LockoutSettings.range(setting) + "."));
            firstWait.setHelperText(LockoutSettings.range(Setting.FIRST_WAIT) + ". Each further lock lasts twice as"
                    + " long, up to the longest.");
            forgetAfter.setHelperText(LockoutSettings.range(Setting.FORGET_AFTER) + ", counted from the last"
                    + " failure. A right password forgets them at once.");
            fields.values()
                    .forEach(field -> field.addValueChangeListener(
                            e -> showProblems(candidate().problems())));
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
            locked.addColumn(lock -> lock.byAddress() ? "Address" : "Username")
                    .setHeader("Locked")
                    .setAutoWidth(true);
            locked.addColumn(LockedSignIn::name)
                    .setHeader("Username or address")
                    .setFlexGrow(1);
            locked.addColumn(lock -> TIME.format(lock.until()))
                    .setHeader("Until")
                    .setAutoWidth(true);
            locked.addComponentColumn(lock -> {
                        Button unlock = new Button("Unlock", e -> unlock(lock));
                        unlock.addThemeVariants(ButtonVariant.LUMO_SMALL);
                        unlock.setAriaLabel("Unlock " + lock.name());
                        return unlock;
                    })
                    .setHeader("")
                    .setAutoWidth(true);
            locked.setAllRowsVisible(true);
            locked.setMaxWidth("60em");
            show(lockouts.settings());
            refreshLocked();
            add(
                    new H2("Sign-in protection"),
                    new Paragraph("Guards against password guessing on the sign-in page and the API. Failed"
                            + " sign-ins count for any username typed, whether or not an account has it, so the"
                            + " refusal tells nobody which names exist. Every lock is in the access log."),
                    banner,
                    form,
                    save,
                    new H3("Locked now"),
                    noneLocked,
                    locked);
        }

        void save() {
            banner.setVisible(false);
            LockoutSettings candidate = candidate();
            Map<Setting, String> problems = candidate.problems();
            showProblems(problems);
            if (!problems.isEmpty()) {
                return;
            }
            try {
                show(lockouts.change(candidate));
                Toasts.success("Sign-in protection saved.");
            } catch (LockoutSettingsRefusedException refused) {
                showProblems(Map.of(refused.setting(), Refusals.text(refused)));
            } catch (RefusedException refused) {
                banner.setText(Refusals.text(refused));
                banner.setVisible(true);
            }
        }

        void unlock(LockedSignIn lock) {
            try {
                lockouts.unlock(lock);
                Toasts.success((lock.byAddress() ? "Address " : "Username ") + lock.name() + " unlocked.");
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

        private void showProblems(Map<Setting, String> problems) {
            fields.forEach((setting, field) -> {
                String problem = problems.get(setting);
                field.setErrorMessage(problem);
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
