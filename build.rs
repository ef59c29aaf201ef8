// The built-in locales are embedded with include_dir!; rebuild when any of
// them (or a new locale directory) changes.
fn main() {
    println!("cargo:rerun-if-changed=locales");
}
