package org.tongchou.app.entry;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Entry problems in the language of the current request (the user's choice, Chinese by default; see
 * WebConfig), so the API's error messages match the pages'. Falls back to the English text when a key
 * is missing from the messages files.
 */
@Component
class EntryMessages {
    private final MessageSource messages;

    EntryMessages(MessageSource messages) {
        this.messages = messages;
    }

    String text(EntryProblem p) {
        return messages.getMessage(p.key(), new Object[] {p.a(), p.b(), p.c()}, p.english(), LocaleContextHolder.getLocale());
    }
}
