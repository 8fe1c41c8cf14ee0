fn main() -> std::process::ExitCode {
    tfa::run(std::env::args_os())
}
