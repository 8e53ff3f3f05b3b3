// Tests reach the container engine the same way the CLI does (podman's socket when no Docker).
import { preparePodmanEnvironment } from '../../harness/provider/container/engine-environment.ts';

preparePodmanEnvironment();
