// The demo as a program of its own (the same code as `lsnroute demo`), for
// builds without the CLI and for debugging the engine.
#include "demo.hpp"

int main(int argc, char **argv) {
    return lsnroute::workload::demo_main(argc, argv);
}
