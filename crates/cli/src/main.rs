fn main() {
    println!("marsad: skeleton");
}
