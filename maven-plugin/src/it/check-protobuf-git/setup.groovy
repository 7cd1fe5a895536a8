// The old state, committed on branch main; then the working tree moves on.
def git(String... args) {
    def command = ['git', '-c', 'user.name=it', '-c', 'user.email=it@example.org', '-c', 'commit.gpgsign=false'] + args.toList()
    def process = command.execute(null, basedir)
    def out = new StringBuilder()
    process.consumeProcessOutput(out, out)
    assert process.waitFor() == 0: "${command.join(' ')}: ${out}"
}
def write(String path, String text) {
    def file = new File(basedir, path)
    file.parentFile.mkdirs()
    file.text = text
}

write('src/main/proto/acme/money.proto', '''syntax = "proto3";
package acme;

message Money {
  int64 units = 1;
  string currency = 2;
}
''')
write('src/main/proto/orders.proto', '''syntax = "proto3";
package acme;

import "acme/money.proto";

message Order {
  string id = 1;
  int64 quantity = 2;
  acme.Money total = 3;
}
''')
git('init', '-q')
git('checkout', '-q', '-b', 'main')
git('add', 'src')
git('commit', '-q', '-m', 'orders v1')

// The pull request: quantity becomes a string (breaks the wire format), and a new topic appears.
write('src/main/proto/orders.proto', '''syntax = "proto3";
package acme;

import "acme/money.proto";

message Order {
  string id = 1;
  string quantity = 2;
  acme.Money total = 3;
}
''')
write('src/main/proto/refunds.proto', '''syntax = "proto3";
package acme;

message Refund {
  string order_id = 1;
}
''')
return true
