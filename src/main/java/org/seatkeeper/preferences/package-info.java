/**
 * Each signed-in person's own preferences, remembered per account on every node: the
 * appearance (light, dark, or as the device is set), the language and the time zone; gives every new
 * page its language (PageLanguage) and offers the language menu (LanguageSwitch). Contributes a section to My account and is
 * read by the page frame. Depends on the directory only to know who is signed in.
 */
package org.seatkeeper.preferences;
