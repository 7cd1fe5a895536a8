'use strict';
// The descriptors an application compiled from test/fixtures/*.proto would carry (what protoc-gen-es generates),
// written out as FileDescriptorProto messages so the tests need no code generator. They mirror the .proto files.
const { create, createFileRegistry, createMutableRegistry } = require('@bufbuild/protobuf');
const {
  FileDescriptorProtoSchema, FieldDescriptorProto_Type: Type, FieldDescriptorProto_Label: Label,
} = require('@bufbuild/protobuf/wkt');

const field = (name, number, type, extra = {}) => ({ name, number, type, label: Label.OPTIONAL, jsonName: name, ...extra });

const commonFile = create(FileDescriptorProtoSchema, {
  name: 'acme/common.proto',
  package: 'acme.common',
  syntax: 'proto3',
  messageType: [{ name: 'Money', field: [field('currency', 1, Type.STRING), field('units', 2, Type.INT64)] }],
});

const orderFile = create(FileDescriptorProtoSchema, {
  name: 'order.proto',
  package: 'acme.orders',
  syntax: 'proto3',
  dependency: ['acme/common.proto'],
  messageType: [{
    name: 'Order',
    field: [
      field('id', 1, Type.STRING),
      field('total', 2, Type.MESSAGE, { typeName: '.acme.common.Money' }),
      field('items', 3, Type.STRING, { label: Label.REPEATED }),
    ],
  }],
});

const files = createFileRegistry(orderFile, (name) => (name === 'acme/common.proto' ? commonFile : undefined));
const orderDesc = files.getMessage('acme.orders.Order');
const moneyDesc = files.getMessage('acme.common.Money');

/** A registry the Confluent ProtobufSerializer can look message types up in. */
const messageRegistry = () => createMutableRegistry(orderDesc, moneyDesc);

module.exports = { orderDesc, moneyDesc, messageRegistry };
