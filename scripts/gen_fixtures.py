"""Regenerates every numpy fixture in test/fixtures/ (run: npm run fixtures). Needs numpy 2.x."""
import gen_repr
import gen_broadcast
import gen_elementwise
import gen_algebra
import gen_accuracy
import gen_float32_reductions
import gen_indexing
import gen_ufuncs
import gen_creation
import gen_manipulation
import gen_einsum
import gen_numpy_names
import gen_sorting
import gen_statistics
import gen_npy
import gen_json

if __name__ == "__main__":
    gen_repr.main()
    gen_broadcast.main()
    gen_elementwise.main()
    gen_algebra.main()
    gen_accuracy.main()
    gen_float32_reductions.main()
    gen_indexing.main()
    gen_ufuncs.main()
    gen_creation.main()
    gen_manipulation.main()
    gen_einsum.main()
    gen_numpy_names.main()
    gen_sorting.main()
    gen_statistics.main()
    gen_npy.main()
    gen_json.main()
