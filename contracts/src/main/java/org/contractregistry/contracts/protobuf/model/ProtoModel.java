package org.contractregistry.contracts.protobuf.model;

import java.util.List;
import java.util.Map;

/**
 * The part of a parsed .proto (and what it imports) that compatibility rules look at, in plain records. Types are
 * keyed by {@link #key}: types of the main file by their name relative to its package (so a package change is one
 * finding, not one per message), imported types by their full name.
 *
 * @param messages every message of the main file and of the imported files (not well-known types), by key
 * @param messageList the same messages as a list, for walking
 * @param mainMessages keys of the main file's messages, nested ones included, in declaration order
 */
public record ProtoModel(
        String fileName,
        String packageName,
        String syntax,
        Map<String, MessageModel> messages,
        List<MessageModel> messageList,
        List<String> mainMessages,
        Map<String, EnumModel> enums,
        List<String> mainEnums,
        Map<String, ServiceModel> services) {

    public MessageModel message(String key) {
        return messages.get(key);
    }

    public EnumModel enumType(String key) {
        return enums.get(key);
    }

    /** The key of a type: relative to the main package when declared in the main file, else its full name. */
    public static String key(String fullName, String mainPackage, boolean inMainFile) {
        if (inMainFile && !mainPackage.isEmpty() && fullName.startsWith(mainPackage + ".")) {
            return fullName.substring(mainPackage.length() + 1);
        }
        return fullName;
    }
}
