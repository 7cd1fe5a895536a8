// "Or load it from a file": the file's text goes into the textarea, which the form posts.
var file = document.getElementById('schema-file');
if (file) {
  file.addEventListener('change', function () {
    if (!file.files.length) return;
    file.files[0].text().then(function (text) {
      document.getElementById('schema').value = text;
      if (/\.proto$/.test(file.files[0].name)) document.getElementById('schemaType').value = 'PROTOBUF';
    });
  });
}
