// Times dlopen(RTLD_NOW) of a shared object, as libpam loads a module:
//   gcc -O2 benches/dlopen.c -o /tmp/dlopen -ldl && /tmp/dlopen target/release/libpam_tfa.so
#include <dlfcn.h>
#include <stdio.h>
#include <time.h>
int main(int argc, char **argv) {
    struct timespec a, b;
    clock_gettime(CLOCK_MONOTONIC, &a);
    void *h = dlopen(argv[1], RTLD_NOW);
    clock_gettime(CLOCK_MONOTONIC, &b);
    if (!h) { printf("%s\n", dlerror()); return 1; }
    printf("%.3f ms\n", (b.tv_sec - a.tv_sec) * 1e3 + (b.tv_nsec - a.tv_nsec) / 1e6);
    return 0;
}
