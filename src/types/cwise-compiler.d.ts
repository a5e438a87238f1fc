declare module "cwise-compiler" {
  /** Compiles a cwise procedure (the engine of ndarray-ops) into a loop over ndarrays. */
  function compile(procedure: {
    args: string[];
    pre: unknown;
    body: unknown;
    post: unknown;
    funcName: string;
  }): (...args: unknown[]) => void;
  export = compile;
}
